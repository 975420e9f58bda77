// The label that remembers heightForWidth(), compared with a plain QLabel given the same text and
// properties after each change that can change the height.
#include "ui/cachedheightlabel.h"

#include <QFont>
#include <QtTest>

namespace {

const QString richList = QStringLiteral(
    "<ol><li>Go to Setup &gt; Users/Roles &gt; Manage Roles &gt; New and enter the role name "
    "below.</li><li>Set <b>Subsidiary Restrictions</b> to <b>All</b>.</li><li>On the "
    "<b>Permissions</b> tab, add each permission listed below with its level, then click "
    "<b>Save</b>.</li></ol>");
const QString plainSentence = QStringLiteral(
    "Warning: NetSuite shows the Consumer Key and Secret only once. If they are lost, reset them "
    "on the integration record and update every system that uses them.");
const QList<int> widths = {80, 160, 245, 400, 626, 2000};

/// Returns a plain QLabel set up like `label`, as the reference for its heights.
std::unique_ptr<QLabel> referenceFor(const QLabel &label)
{
    auto reference = std::make_unique<QLabel>(label.text());
    reference->setTextFormat(label.textFormat());
    reference->setWordWrap(label.wordWrap());
    reference->setFont(label.font());
    reference->setMargin(label.margin());
    reference->setIndent(label.indent());
    reference->setContentsMargins(label.contentsMargins());
    reference->setAlignment(label.alignment());
    reference->setMinimumSize(label.minimumSize());
    return reference;
}

/// Compares the heights of `label` and its reference at every width, twice, so that the second
/// round comes from the cache.
void compareHeights(const tba::CachedHeightLabel &label)
{
    const std::unique_ptr<QLabel> reference = referenceFor(label);
    for (int round = 0; round < 2; ++round) {
        for (int width : widths)
            QCOMPARE(label.heightForWidth(width), reference->heightForWidth(width));
    }
}

} // namespace

class CachedHeightLabelTest : public QObject
{
    Q_OBJECT

private slots:
    void heightsMatchQLabel_data();
    void heightsMatchQLabel();
    void repeatedWidthComesFromCache();
    void textChangeRecomputes();
    void fontChangeRecomputes();
    void marginsChangeRecomputes();
    void wordWrapChangeRecomputes();
};

void CachedHeightLabelTest::heightsMatchQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Qt::TextFormat>("format");
    QTest::newRow("rich text list") << richList << Qt::RichText;
    QTest::newRow("rich text detected") << QStringLiteral("In NetSuite: <b>Setup &gt; Company</b>")
                                        << Qt::AutoText;
    QTest::newRow("plain text") << plainSentence << Qt::PlainText;
}

void CachedHeightLabelTest::heightsMatchQLabel()
{
    QFETCH(QString, text);
    QFETCH(Qt::TextFormat, format);
    tba::CachedHeightLabel label(text);
    label.setTextFormat(format);
    label.setWordWrap(true);
    compareHeights(label);
}

void CachedHeightLabelTest::repeatedWidthComesFromCache()
{
    tba::CachedHeightLabel label(richList);
    label.setWordWrap(true);
    QCOMPARE(label.cachedWidthCount(), 0);

    const int height = label.heightForWidth(300);
    QCOMPARE(label.cachedWidthCount(), 1);
    QCOMPARE(label.heightForWidth(300), height);
    QCOMPARE(label.cachedWidthCount(), 1);
    label.heightForWidth(500);
    QCOMPARE(label.cachedWidthCount(), 2);
}

void CachedHeightLabelTest::textChangeRecomputes()
{
    tba::CachedHeightLabel label(QStringLiteral("<b>Short</b>"));
    label.setWordWrap(true);
    const int shortHeight = label.heightForWidth(160);

    label.setText(richList);
    QVERIFY(label.heightForWidth(160) > shortHeight);
    compareHeights(label);
}

void CachedHeightLabelTest::fontChangeRecomputes()
{
    tba::CachedHeightLabel label(richList);
    label.setWordWrap(true);
    const int normalHeight = label.heightForWidth(400);

    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    QVERIFY(label.heightForWidth(400) > normalHeight);
    compareHeights(label);
}

void CachedHeightLabelTest::marginsChangeRecomputes()
{
    tba::CachedHeightLabel label(plainSentence);
    label.setWordWrap(true);
    const int plainHeight = label.heightForWidth(400);

    label.setContentsMargins(0, 10, 0, 10);
    QCOMPARE(label.heightForWidth(400), plainHeight + 20);
    label.setMargin(5);
    label.setIndent(30);
    compareHeights(label);
}

void CachedHeightLabelTest::wordWrapChangeRecomputes()
{
    tba::CachedHeightLabel label(plainSentence);
    label.setWordWrap(true);
    const int wrappedHeight = label.heightForWidth(160);

    label.setWordWrap(false);
    QVERIFY(label.heightForWidth(160) < wrappedHeight);
    compareHeights(label);
}

QTEST_MAIN(CachedHeightLabelTest)
#include "tst_cachedheightlabel.moc"
