switch (1) { case 1: let a; case 2: let a; }
