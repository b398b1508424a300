"use strict"; var let = 1
