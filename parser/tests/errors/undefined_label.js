x: while (1) { continue y }
