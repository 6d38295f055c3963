// The dataset's Azerbaijani texts against the article they come from (CC BY-SA): written in
// the dataset's own words, never the article's sentences, and faithful to its figures.
#include "core/load/datasetloader.h"
#include "support/testsupport.h"

#include <QRegularExpression>

using namespace azkz;

class TestOwnWords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void azerbaijaniTexts_sayTheArticleInTheirOwnWords();

private:
    Dataset m_data;
    QString m_article; // the source article without its citation brackets
};

void TestOwnWords::initTestCase()
{
    const LoadResult result = loadDataset(embeddedDatasetPath());
    QVERIFY(result.dataset);
    m_data = *result.dataset;
    QFile file(QStringLiteral(AZKZ_TEST_DATA "/source-article-az.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_article = QString::fromUtf8(file.readAll());
    m_article.remove(QRegularExpression(QStringLiteral(R"(\[\d+\]|\[ru\]|\?!)")));
}

void TestOwnWords::azerbaijaniTexts_sayTheArticleInTheirOwnWords()
{
    // The texts are the dataset's own, written from the article (CC BY-SA), never its sentences:
    // no sentence of the lead, a paragraph or an event is found in the article as it stands.
    QStringList texts{m_data.lead.az};
    QString ours; // every digit group the paragraphs give
    int paragraphs = 0;
    for (const Section &section : m_data.sections) {
        for (const Paragraph &p : section.paragraphs) {
            texts.append(p.text.az);
            ours += p.text.az + QLatin1Char(' ');
            ++paragraphs;
        }
    }
    QCOMPARE(paragraphs, 16); // every paragraph of the article's body, none twice
    for (const Event &event : m_data.events)
        texts.append(event.text.az);
    static const QRegularExpression sentenceEnd(QStringLiteral(R"((?<=[.!?])\s+)"));
    for (const QString &text : texts) {
        for (const QString &sentence : text.split(sentenceEnd)) {
            if (sentence.size() > 40)
                QVERIFY2(!m_article.contains(sentence), qPrintable(sentence));
        }
    }
    // ...and faithful to it: every year, date and number of the article's body is in them.
    const QString body = m_article.mid(m_article.indexOf(QStringLiteral("Azərbaycan ilə Qazaxıstan münasibətlərinin")));
    QVERIFY(body.size() > 1000);
    static const QRegularExpression number(QStringLiteral(R"(\d+)"));
    const qsizetype table = body.indexOf(QStringLiteral("2020 |")); // the trade table: the events give it
    for (auto it = number.globalMatch(table > 0 ? body.left(table) : body); it.hasNext();) {
        const QString figure = it.next().captured();
        QVERIFY2(ours.contains(figure), qPrintable(figure));
    }
}

QTEST_MAIN(TestOwnWords)
#include "tst_dataset_own_words.moc"
