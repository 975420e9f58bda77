// The clipboard of the test session's X server, with secrets copied as the result page does.
#include "ui/secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString secret =
    QStringLiteral("c29a677df7d5439a458c063654187e3d678d73aca8e3c9d8bea1478a3eb0d295");

} // namespace

class SecretClipboardTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secretMarkedForClipboardManagers();
    void secretClearedAfterDelay();
    void changedClipboardLeftAlone();
    void plainTextNeitherMarkedNorCleared();
    void defaultDelayIsThirtySeconds();

private:
    QClipboard *clipboard() const { return QGuiApplication::clipboard(); }
};

void SecretClipboardTest::init()
{
    clipboard()->clear();
}

void SecretClipboardTest::secretMarkedForClipboardManagers()
{
    tba::SecretClipboard copier(clipboard());
    copier.copySecret(secret);
    const QMimeData *data = clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), secret);
    QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
}

void SecretClipboardTest::secretClearedAfterDelay()
{
    tba::SecretClipboard copier(clipboard());
    copier.setClearDelay(50ms);
    QSignalSpy cleared(&copier, &tba::SecretClipboard::cleared);
    copier.copySecret(secret);
    QCOMPARE(clipboard()->text(), secret);
    QVERIFY(cleared.wait());
    QVERIFY(clipboard()->text().isEmpty());
}

void SecretClipboardTest::changedClipboardLeftAlone()
{
    tba::SecretClipboard copier(clipboard());
    copier.setClearDelay(50ms);
    QSignalSpy cleared(&copier, &tba::SecretClipboard::cleared);
    QSignalSpy skipped(&copier, &tba::SecretClipboard::clearSkipped);
    copier.copySecret(secret);
    clipboard()->setText(QStringLiteral("copied by the user afterwards"));
    QVERIFY(skipped.wait());
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(clipboard()->text(), QStringLiteral("copied by the user afterwards"));
}

void SecretClipboardTest::plainTextNeitherMarkedNorCleared()
{
    tba::SecretClipboard copier(clipboard());
    copier.setClearDelay(50ms);
    QSignalSpy cleared(&copier, &tba::SecretClipboard::cleared);
    copier.copySecret(secret);
    copier.copyText(QStringLiteral("1234567_SB1"));
    const QMimeData *data = clipboard()->mimeData();
    QCOMPARE(data->text(), QStringLiteral("1234567_SB1"));
    QVERIFY(!data->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QVERIFY(!cleared.wait(300));
    QCOMPARE(clipboard()->text(), QStringLiteral("1234567_SB1"));
}

void SecretClipboardTest::defaultDelayIsThirtySeconds()
{
    tba::SecretClipboard copier(clipboard());
    QCOMPARE(copier.clearDelay(), 30000ms);
}

QTEST_MAIN(SecretClipboardTest)
#include "tst_secretclipboard.moc"
