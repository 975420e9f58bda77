#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QClipboard;
class QMimeData;

namespace tba {

/// Copies values to the clipboard. A secret is marked so that clipboard managers neither show nor
/// keep it, and is cleared after clearDelay() unless the clipboard has changed since.
///
/// Only a SHA-256 digest of the copied secret is kept, to recognise it when the delay ends. The
/// clipboard is not owned and must outlive this object.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultClearDelay{30000};

    explicit SecretClipboard(QClipboard *clipboard, QObject *parent = nullptr);

    void setClearDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds clearDelay() const;

    /// Copies `text` with the secret marks of secretMimeData() and starts the clear timer.
    void copySecret(const QString &text);

    /// Copies `text` as plain text, such as the Account ID, which is not a secret.
    void copyText(const QString &text);

    /// Returns the text with the platform's "do not record" marks: x-kde-passwordManagerHint on
    /// Linux and the BSDs, the concealed type on macOS, and on Windows the formats that keep a
    /// value out of monitoring tools, the clipboard history and the cloud clipboard.
    static QMimeData *secretMimeData(const QString &text);

signals:
    /// The clear delay ended and the clipboard, which still held the secret, was emptied.
    void cleared();
    /// The clear delay ended but the clipboard held something else, so it was left alone.
    void clearSkipped();

private:
    void clearIfUnchanged();

    QPointer<QClipboard> m_clipboard;
    QTimer m_timer;
    QByteArray m_copiedDigest;
};

} // namespace tba
