class A { #a; m(){ delete this.#a } }
