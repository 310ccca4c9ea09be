/* Debian's libmozjs-140 was built against glibc 2.38 and calls the C23 forms
   of strtol, strtoul and sscanf, which Debian 12's glibc 2.36 lacks. They
   differ from the C99 forms only in also reading a 0b binary prefix, which no
   caller in the engine relies on. scripts/glibc-compat.py unversions the
   library's references to them, so these definitions, exported by the
   executable (cmake/glibc_c23.list), are the ones it binds to. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

long __isoc23_strtol(const char* str, char** end, int base) {
  return strtol(str, end, base);
}

unsigned long __isoc23_strtoul(const char* str, char** end, int base) {
  return strtoul(str, end, base);
}

int __isoc23_sscanf(const char* str, const char* format, ...) {
  va_list args;
  va_start(args, format);
  int matched = vsscanf(str, format, args);
  va_end(args);
  return matched;
}
