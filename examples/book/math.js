// "Deploying Node.js", chapter 1: a module written as you would write an
// npm module. module.exports is a constructor with add and subtract.
module.exports = function() {
  this.add = function(a, b) {
    return a + b;
  };
  this.subtract = function(a, b) {
    return a - b;
  };
};
