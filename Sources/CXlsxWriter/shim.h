#ifndef TOWNHALL_CXLSXWRITER_SHIM_H
#define TOWNHALL_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
