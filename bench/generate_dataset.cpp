// Writes a generated dataset of N events (see generateddataset.h) for the benchmarks, or for
// trying the program on a large file: `generate_dataset N FILE`.
#include "generateddataset.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    const int count = argc == 3 ? QByteArray(argv[1]).toInt(&ok) : 0;
    if (!ok || count < 1 || count > 200000) {
        std::fprintf(stderr, "usage: generate_dataset EVENTS FILE (EVENTS from 1 to 200000)\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[2]);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(azkz::bench::generatedDataset(count)) < 0 || !file.commit()) {
        std::fprintf(stderr, "generate_dataset: cannot write %s: %s\n", argv[2], qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
