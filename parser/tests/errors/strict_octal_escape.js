"use strict"; "\07"
