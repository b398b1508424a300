x: while(1) { (function() { break x; }) }
