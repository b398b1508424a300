class A { #x; static is(o) { return #x in o && o.#x > 0; } }
