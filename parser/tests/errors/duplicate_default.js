switch (1) { default: default: }
