// libFuzzer target for the dataset loader: any bytes must give either a dataset or a list of
// problems, never a crash, a hang or a sanitizer report. Built by `./build.sh fuzz` with clang.
#include "core/load/datasetloader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const azkz::LoadResult result = azkz::parseDataset(bytes, QStringLiteral("fuzz.json"));
    // Exactly one of the two, and every problem says where and what.
    if (result.isValid() == !result.problems.isEmpty())
        __builtin_trap();
    for (const azkz::Problem &problem : result.problems) {
        if (problem.message().isEmpty())
            __builtin_trap();
    }
    // What --validate prints: bounded, and nothing a terminal would act on.
    const QStringList lines = result.problemLines();
    if (lines.size() > azkz::MaxProblems + 1)
        __builtin_trap();
    for (const QString &line : lines) {
        if (line.size() > 2000)
            __builtin_trap();
        for (const QChar c : line) {
            if (c.category() == QChar::Other_Control)
                __builtin_trap();
        }
    }
    return 0;
}
