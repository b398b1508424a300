'use strict';
const f = function () { return () => 1; };
