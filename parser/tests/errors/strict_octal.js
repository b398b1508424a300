"use strict"; 017
