#ifndef TOWNHALL_CXLSXWRITER_SHIM_H
#define TOWNHALL_CXLSXWRITER_SHIM_H
#include <stdio.h>
#include <xlsxwriter.h>

/* libxlsxwriter prints its own "[ERROR] ..." lines on C's `stderr` and has no switch to stop it:
   townhall points `stderr` at a capture file while a workbook is written and turns the text into
   its own error message. Returns the stream `stderr` was. */
static inline FILE *townhall_swap_stderr(FILE *replacement) {
    FILE *previous = stderr;
    stderr = replacement;
    return previous;
}
#endif
