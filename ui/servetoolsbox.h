// "Serve to local tools" on the credential panel: the switch, the export line for the user's
// shell with its Copy button, and how many requests the endpoint has answered. Only shows state;
// MainWindow runs the endpoint (LocalServe).
#pragma once

#include <QDateTime>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace Ui {
class ServeToolsBox;
}

namespace TokenDesk {

// The line that sets the variable in the user's shell: `export NAME='URI'` for sh, bash and
// zsh, `set -gx NAME 'URI'` for fish (`shell` is $SHELL).
QString credentialsUriExportLine(const QUrl &uri, const QString &shell);

class ServeToolsBox : public QWidget
{
    Q_OBJECT

public:
    explicit ServeToolsBox(QWidget *parent = nullptr);
    ~ServeToolsBox() override;

    // Serving or not, at `uri`; the switch follows without emitting toggled.
    void setServing(bool serving, const QUrl &uri = {});
    bool isServing() const;
    // "Answered 3 requests · last at 12:03:04"; `last` invalid before the first.
    void setActivity(int answered, const QDateTime &last);
    QString exportLine() const;

Q_SIGNALS:
    void toggled(bool on); // by the user
    void copyRequested(const QString &exportLine);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const std::unique_ptr<Ui::ServeToolsBox> m_ui;
    QUrl m_uri;
    int m_answered = 0;
    QDateTime m_last;
};

} // namespace TokenDesk
