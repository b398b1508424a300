"use strict"; arguments++
