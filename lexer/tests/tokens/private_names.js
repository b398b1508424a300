class A { #x; #y() {} m() { return this.#x + (#y in this); } }
#\u0061;
#\u{62}c;
#café;
