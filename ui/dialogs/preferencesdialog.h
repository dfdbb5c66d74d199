#pragma once

#include "ui/settings/preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Faultline {

// Language, calendar, default lanes, theme and time direction. Apply and OK store the choices
// in QSettings and apply them at once (Appearance): the open workspace stays.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void setPreferences(const Preferences &preferences);
    Preferences preferences() const; // as chosen in the dialog
    // Stores and applies the choices; emits applied().
    void apply();

    QComboBox *languageBox() const { return m_language; }
    QComboBox *calendarBox() const { return m_calendar; }
    QComboBox *laneModeBox() const { return m_laneMode; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *timeDirectionBox() const { return m_timeDirection; }

signals:
    void applied(const Faultline::Preferences &preferences);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillLanguages();
    void updateCalendarExample();
    static void selectData(QComboBox *box, const QVariant &data);

    QLabel *m_languageLabel = nullptr;
    QLabel *m_calendarLabel = nullptr;
    QLabel *m_laneModeLabel = nullptr;
    QLabel *m_themeLabel = nullptr;
    QLabel *m_timeDirectionLabel = nullptr;
    QLabel *m_calendarExample = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_calendar = nullptr;
    QComboBox *m_laneMode = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_timeDirection = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Preferences m_applied;
};

} // namespace Faultline
