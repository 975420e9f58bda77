#include "ui/secretclipboard.h"

#include "ui/uilogging.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>

namespace tba {
namespace {

QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QClipboard *clipboard, QObject *parent)
    : QObject(parent), m_clipboard(clipboard)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultClearDelay);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfUnchanged);
}

void SecretClipboard::setClearDelay(std::chrono::milliseconds delay)
{
    m_timer.setInterval(delay);
}

std::chrono::milliseconds SecretClipboard::clearDelay() const
{
    return m_timer.intervalAsDuration();
}

void SecretClipboard::copySecret(const QString &text)
{
    if (!m_clipboard)
        return;
    m_clipboard->setMimeData(secretMimeData(text));
    m_copiedDigest = digestOf(text);
    m_timer.start();
    qCInfo(lcWizard) << "Copied a secret to the clipboard; it is cleared in"
                     << m_timer.interval() / 1000 << "s";
}

void SecretClipboard::copyText(const QString &text)
{
    if (!m_clipboard)
        return;
    m_timer.stop();
    m_copiedDigest.clear();
    m_clipboard->setText(text);
}

QMimeData *SecretClipboard::secretMimeData(const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
#if defined(Q_OS_MACOS)
    data->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#elif defined(Q_OS_WIN)
    // NOTE: Qt maps these to registered Windows clipboard formats by name; not tested on Windows.
    const QByteArray zeroDword(4, '\0');
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\""
                                 "ExcludeClipboardContentFromMonitorProcessing\""),
                  QByteArrayLiteral("1"));
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\""
                                 "CanIncludeInClipboardHistory\""),
                  zeroDword);
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\""
                                 "CanUploadToCloudClipboard\""),
                  zeroDword);
#else
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return data;
}

void SecretClipboard::clearIfUnchanged()
{
    if (!m_clipboard || m_copiedDigest.isEmpty())
        return;
    const bool unchanged = digestOf(m_clipboard->text()) == m_copiedDigest;
    m_copiedDigest.clear();
    if (!unchanged) {
        qCInfo(lcWizard) << "The clipboard changed since a secret was copied; left as it is";
        emit clearSkipped();
        return;
    }
    m_clipboard->clear();
    qCInfo(lcWizard) << "Cleared a copied secret from the clipboard";
    emit cleared();
}

} // namespace tba
