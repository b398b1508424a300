/a/gg
