function (a b) {}
