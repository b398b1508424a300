// a comment
x // trailing
// last line without newline