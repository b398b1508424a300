  // nothing
/* here */

