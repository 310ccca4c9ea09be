// "Deploying Node.js", chapter 1: a program that uses the math.js module.
var Math = require('./math.js');
var math = new Math;

console.log(math.add(1, 3)); // 4
console.log(math.subtract(10, 4)); // 6
