for (let i;;) { var i; }
