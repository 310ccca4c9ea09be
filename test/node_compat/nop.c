/* The program Node's own tests expect beside the runtime's binary as `nop`
   (test-process-execve-no-args.js runs it): it does nothing, successfully. */
int main(void) { return 0; }
