class A { m(){ this.#b } }
