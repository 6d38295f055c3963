// For the hostile-input tests: every text of a dataset changed at once, and a colour only an
// image loaded because a text named it can bring into the window or an output.
#pragma once

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace azkz::test {

// node with every {az, en} text below it, and the licence, passed through change.
inline QJsonValue withTexts(const QJsonValue &node, const std::function<QString(const QString &)> &change)
{
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        for (auto item : array)
            item = withTexts(item, change);
        return array;
    }
    if (!node.isObject())
        return node;
    QJsonObject object = node.toObject();
    const bool localized = object.size() == 2 && object.contains(QLatin1String("az"))
        && object.contains(QLatin1String("en")) && object.value(QLatin1String("en")).isString();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (localized || it.key() == QLatin1String("licence"))
            *it = change(it->toString());
        else
            *it = withTexts(*it, change);
    }
    return object;
}

// True when the image holds a pixel of the pure magenta of the image the tests name.
inline bool hasMagenta(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qRed(line[x]) > 240 && qGreen(line[x]) < 16 && qBlue(line[x]) > 240)
                return true;
        }
    }
    return false;
}

} // namespace azkz::test
