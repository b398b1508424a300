1..toString(); 1.0.toFixed(); 1 .x; 0.5.toFixed(); 1.e5.y;
