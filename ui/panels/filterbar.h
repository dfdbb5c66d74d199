#pragma once

#include "core/query/eventfilter.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QStringListModel;
class QTimer;
class QToolButton;

namespace Faultline {

class Workspace;

// Search, actor, type, date range and article filters; emits the combined EventFilter.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 250;

    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // Fills the actor completer and the article list; clears the filter.
    void setWorkspace(Workspace *workspace);
    // Re-reads actors and articles (after an import) and keeps the filter.
    void reloadChoices();

    EventFilter filter() const { return m_filter; }
    bool isDateRangeValid() const;

    QLineEdit *searchEdit() const { return m_search; }
    QLineEdit *actorEdit() const { return m_actor; }
    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QComboBox *articleCombo() const { return m_article; }
    QToolButton *clearButton() const { return m_clear; }

public slots:
    void clear();
    // Filters by this actor (name or alias) at once; empty clears the actor filter.
    void setActorName(const QString &name);
    // Applies pending typing at once instead of after the debounce delay.
    void applyNow();

signals:
    void filterChanged(const Faultline::EventFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    EventFilter buildFilter() const;
    void validateDates();
    void validateActor();
    bool isActorKnown() const;
    static QString dateHint();
    void markEdit(QLineEdit *edit, const QString &problem, const QString &hint);
    void emitIfChanged();

    Workspace *m_workspace = nullptr;
    EventFilter m_filter;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_actor = nullptr;
    QStringListModel *m_actorNames = nullptr;
    QSet<QString> m_knownActors; // names and aliases, case-folded
    QComboBox *m_type = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_article = nullptr;
    QToolButton *m_clear = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_clearing = false;
};

} // namespace Faultline
