({ set a(){} })
