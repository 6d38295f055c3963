// Run by the build: reads the world map's JSON (resources/map/world.json) and writes it as the
// program embeds it (WorldMap::toData), so that the program never parses it.
// `azkz_mapcompiler WORLD.json OUT.bin`
#include "core/map/worldmap.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: azkz_mapcompiler WORLD.json OUT.bin\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "azkz_mapcompiler: cannot read %s: %s\n", argv[1], qPrintable(in.errorString()));
        return 1;
    }
    QString error;
    const std::optional<azkz::WorldMap> map = azkz::WorldMap::fromJson(in.readAll(), &error);
    if (!map) {
        std::fprintf(stderr, "azkz_mapcompiler: %s: %s\n", argv[1], qPrintable(error));
        return 1;
    }
    QSaveFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly) || out.write(map->toData()) < 0 || !out.commit()) {
        std::fprintf(stderr, "azkz_mapcompiler: cannot write %s: %s\n", argv[2], qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
