x; /* never closed
