#include "ui/dialogs/eventeditdialog.h"

#include "core/store/actorrepository.h"
#include "core/store/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Faultline {

namespace {

constexpr DateSpan::Precision Precisions[] = {DateSpan::Precision::Day,
                                              DateSpan::Precision::Month,
                                              DateSpan::Precision::Season,
                                              DateSpan::Precision::Year,
                                              DateSpan::Precision::Decade,
                                              DateSpan::Precision::Century};
constexpr Event::Role Roles[] = {Event::Role::Source, Event::Role::Target, Event::Role::Participant};

qint64 floorTo(qint64 year, qint64 step)
{
    return year >= 0 ? year - year % step : year - ((year % step) + step) % step;
}

// The unit of this precision around the day: the month, quarter, year... it falls in.
DateSpan unitAround(qint64 jd, DateSpan::Precision precision)
{
    qint64 year = 0;
    int month = 0;
    int day = 0;
    DateSpan::toYearMonthDay(jd, &year, &month, &day);
    switch (precision) {
    case DateSpan::Precision::Day:
        return DateSpan::fromJulianDay(jd);
    case DateSpan::Precision::Month:
        return DateSpan::month(year, month);
    case DateSpan::Precision::Season:
        return DateSpan::season(year, (month - 1) / 3 * 3 + 1);
    case DateSpan::Precision::Year:
        return DateSpan::year(year);
    case DateSpan::Precision::Decade:
        return DateSpan::decade(floorTo(year, 10));
    case DateSpan::Precision::Century:
        return DateSpan::century(floorTo(year, 100));
    }
    return DateSpan::fromJulianDay(jd);
}

QString precisionLabel(DateSpan::Precision precision)
{
    switch (precision) {
    case DateSpan::Precision::Day:
        return EventEditDialog::tr("Day");
    case DateSpan::Precision::Month:
        return EventEditDialog::tr("Month");
    case DateSpan::Precision::Season:
        return EventEditDialog::tr("Quarter or season");
    case DateSpan::Precision::Year:
        return EventEditDialog::tr("Year");
    case DateSpan::Precision::Decade:
        return EventEditDialog::tr("Decade");
    case DateSpan::Precision::Century:
        return EventEditDialog::tr("Century");
    }
    return {};
}

// A number as the user's locale writes it, or as C does ("32.5" in a French UI too).
std::optional<double> readNumber(const QString &text)
{
    bool ok = false;
    const double value = QLocale().toDouble(text, &ok);
    if (ok)
        return value;
    const double plain = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(plain) : std::nullopt;
}

QString numberText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

EventEditDialog::EventEditDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("eventEditDialog"));
    setWindowTitle(tr("New Event"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("eventTitleEdit"));
    m_start = new QLineEdit(this);
    m_start->setObjectName(QStringLiteral("eventStartEdit"));
    m_start->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown"));
    m_end = new QLineEdit(this);
    m_end->setObjectName(QStringLiteral("eventEndEdit"));
    m_end->setPlaceholderText(tr("Same as the start"));
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("eventPrecisionCombo"));
    for (DateSpan::Precision precision : Precisions)
        m_precision->addItem(precisionLabel(precision), int(precision));
    m_qualifier = new QComboBox(this);
    m_qualifier->setObjectName(QStringLiteral("eventQualifierCombo"));
    m_qualifier->addItem(tr("Exactly"), int(DateSpan::Qualifier::None));
    m_qualifier->addItem(tr("About"), int(DateSpan::Qualifier::Approximate));
    m_qualifier->addItem(tr("Before"), int(DateSpan::Qualifier::Before));
    m_qualifier->addItem(tr("After"), int(DateSpan::Qualifier::After));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_start, 2);
    dateRow->addWidget(new QLabel(tr("to"), this));
    dateRow->addWidget(m_end, 2);
    auto *precisionRow = new QHBoxLayout;
    precisionRow->addWidget(m_precision, 1);
    precisionRow->addWidget(m_qualifier, 1);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("eventTypeCombo"));
    m_type->addItem(tr("Unknown"), 0);
    for (int root = EventType::FirstRoot; root <= EventType::LastRoot; ++root) {
        const EventType type(root);
        m_type->addItem(tr("%1 %2").arg(type.code(), type.name()), root);
    }

    m_participants = new QTableWidget(0, 2, this);
    m_participants->setObjectName(QStringLiteral("eventParticipantTable"));
    m_participants->setHorizontalHeaderLabels({tr("Actor"), tr("Role")});
    m_participants->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_participants->verticalHeader()->hide();
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setMinimumHeight(120);
    auto *addActor = new QPushButton(tr("Add Actor"), this);
    addActor->setObjectName(QStringLiteral("addParticipantButton"));
    auto *removeActor = new QPushButton(tr("Remove"), this);
    removeActor->setObjectName(QStringLiteral("removeParticipantButton"));
    auto *actorButtons = new QHBoxLayout;
    actorButtons->addWidget(addActor);
    actorButtons->addWidget(removeActor);
    actorButtons->addStretch(1);
    connect(addActor, &QPushButton::clicked, this, [this] {
        addParticipant(QString(), Event::Role::Participant);
    });
    connect(removeActor, &QPushButton::clicked, this, &EventEditDialog::removeSelectedParticipants);

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("eventLocationEdit"));
    m_fatalities = new QLineEdit(this);
    m_fatalities->setObjectName(QStringLiteral("eventFatalitiesEdit"));
    m_fatalities->setPlaceholderText(tr("Unknown"));
    m_latitude = new QLineEdit(this);
    m_latitude->setObjectName(QStringLiteral("eventLatitudeEdit"));
    m_latitude->setPlaceholderText(tr("Latitude, −90 to 90"));
    m_latitude->setAccessibleName(tr("Latitude"));
    m_longitude = new QLineEdit(this);
    m_longitude->setObjectName(QStringLiteral("eventLongitudeEdit"));
    m_longitude->setPlaceholderText(tr("Longitude, −180 to 180"));
    m_longitude->setAccessibleName(tr("Longitude"));
    auto *coordinatesRow = new QHBoxLayout;
    coordinatesRow->addWidget(m_latitude, 1);
    coordinatesRow->addWidget(m_longitude, 1);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("eventNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("eventErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventEditDialog::reject);

    // Rows holding a layout get a label with a buddy, so the mnemonic works.
    auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(labelFor(tr("&Date:"), m_start), dateRow);
    form->addRow(labelFor(tr("&Precision:"), m_precision), precisionRow);
    form->addRow(tr("T&ype:"), m_type);
    auto *actors = new QVBoxLayout;
    actors->addWidget(m_participants);
    actors->addLayout(actorButtons);
    form->addRow(labelFor(tr("&Actors:"), m_participants), actors);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Fatalities:"), m_fatalities);
    form->addRow(labelFor(tr("Coo&rdinates:"), m_latitude), coordinatesRow);
    form->addRow(tr("&Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_start, &QLineEdit::textEdited, this, &EventEditDialog::startEdited);

    if (m_workspace && m_workspace->isOpen()) {
        const QList<Actor> all = ActorRepository(*m_workspace).all();
        for (const Actor &actor : all)
            m_actorNames << actor.name;
    }
    resize(560, 620);
}

EventEditDialog::~EventEditDialog() = default;

void EventEditDialog::setEvent(const Event &event)
{
    m_event = event;
    setWindowTitle(event.id == 0 ? tr("New Event") : tr("Edit Event"));
    m_title->setText(event.title);
    setDate(event.date);
    m_type->setCurrentIndex(
        std::max(0, m_type->findData(event.type.isValid() ? event.type.cameoRoot() : 0)));
    m_location->setText(event.location);
    m_fatalities->setText(event.fatalities ? QLocale().toString(*event.fatalities) : QString());
    m_latitude->setText(event.hasCoordinates() ? numberText(*event.latitude) : QString());
    m_longitude->setText(event.hasCoordinates() ? numberText(*event.longitude) : QString());
    m_notes->setPlainText(event.notes);
    m_participants->setRowCount(0);
    if (m_workspace && m_workspace->isOpen()) {
        ActorRepository actors(*m_workspace);
        for (const Event::Participant &participant : event.participants) {
            if (const std::optional<Actor> actor = actors.find(participant.actorId))
                addParticipant(actor->name, participant.role);
        }
    }
}

void EventEditDialog::setDate(const DateSpan &date)
{
    if (!date.isValid()) {
        m_start->clear();
        m_end->clear();
        m_precision->setCurrentIndex(0);
        m_qualifier->setCurrentIndex(0);
        return;
    }
    m_start->setText(date.startIso());
    m_end->setText(date.endIso() == date.startIso() ? QString() : date.endIso());
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(int(date.precision()))));
    m_qualifier->setCurrentIndex(std::max(0, m_qualifier->findData(int(date.qualifier()))));
}

void EventEditDialog::startEdited(const QString &text)
{
    // The precision follows what is typed: "2015" is a year, "2015-02" a month.
    if (const std::optional<DateSpan> typed = DateSpan::fromIso(text.trimmed()))
        m_precision->setCurrentIndex(std::max(0, m_precision->findData(int(typed->precision()))));
}

std::optional<DateSpan> EventEditDialog::date(QString *error) const
{
    const QString startText = m_start->text().trimmed();
    const QString endText = m_end->text().trimmed();
    if (startText.isEmpty()) {
        if (!endText.isEmpty()) {
            if (error)
                *error = tr(
                    "Give a start date, or leave both dates empty when the date is unknown.");
            return std::nullopt;
        }
        return DateSpan(); // unresolved
    }
    const std::optional<DateSpan> start = DateSpan::fromIso(startText);
    if (!start) {
        if (error)
            *error = tr("“%1” is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.").arg(startText);
        return std::nullopt;
    }
    std::optional<DateSpan> end = start;
    if (!endText.isEmpty()) {
        end = DateSpan::fromIso(endText);
        if (!end) {
            if (error)
                *error = tr("“%1” is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.").arg(endText);
            return std::nullopt;
        }
    }
    // Never finer than what was typed: a year typed at day precision stays a year.
    auto precision = DateSpan::Precision(m_precision->currentData().toInt());
    precision = std::max(precision, start->precision());
    const DateSpan first = unitAround(start->earliestDay(), precision);
    const DateSpan last = unitAround(end->latestDay(), precision);
    if (last.latestDay() < first.earliestDay()) {
        if (error)
            *error = tr("The end date is before the start date.");
        return std::nullopt;
    }
    return DateSpan(first.earliestDay(),
                    last.latestDay(),
                    precision,
                    DateSpan::Qualifier(m_qualifier->currentData().toInt()));
}

bool EventEditDialog::readFigures(Event *event, QString *error) const
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    std::optional<qint64> fatalities;
    const QString fatalitiesText = m_fatalities->text().trimmed();
    if (!fatalitiesText.isEmpty()) {
        bool ok = false;
        qint64 count = QLocale().toLongLong(fatalitiesText, &ok);
        if (!ok)
            count = QLocale::c().toLongLong(fatalitiesText, &ok);
        if (!ok || count < 0)
            return fail(tr("“%1” is not a number of fatalities; write a whole number, or leave "
                           "it empty when it is unknown.")
                            .arg(fatalitiesText));
        fatalities = count;
    }
    const QString latitudeText = m_latitude->text().trimmed();
    const QString longitudeText = m_longitude->text().trimmed();
    std::optional<double> latitude;
    std::optional<double> longitude;
    if (!latitudeText.isEmpty()) {
        latitude = readNumber(latitudeText);
        if (!latitude || !Event::isValidLatitude(*latitude))
            return fail(tr("“%1” is not a latitude; write degrees from −90 (south) to 90 (north).")
                            .arg(latitudeText));
    }
    if (!longitudeText.isEmpty()) {
        longitude = readNumber(longitudeText);
        if (!longitude || !Event::isValidLongitude(*longitude))
            return fail(tr("“%1” is not a longitude; write degrees from −180 (west) to 180 (east).")
                            .arg(longitudeText));
    }
    if (latitude.has_value() != longitude.has_value())
        return fail(tr("Give both the latitude and the longitude, or neither."));
    if (event) {
        event->fatalities = fatalities;
        event->latitude = latitude;
        event->longitude = longitude;
    }
    return true;
}

EventDraft EventEditDialog::draft() const
{
    EventDraft draft;
    draft.event = m_event;
    draft.event.title = m_title->text().trimmed();
    draft.event.date = date(nullptr).value_or(m_event.date);
    const int root = m_type->currentData().toInt();
    draft.event.type = root > 0 ? EventType(root) : EventType();
    draft.event.location = m_location->text().trimmed();
    readFigures(&draft.event, nullptr); // what cannot be read keeps the stored figures
    draft.event.notes = m_notes->toPlainText();
    // Whoever writes or corrects an event by hand has reviewed it.
    draft.event.reviewStatus = Event::ReviewStatus::Accepted;
    if (m_event.id == 0)
        draft.event.confidence = 1.0;
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const auto *actor = qobject_cast<QComboBox *>(m_participants->cellWidget(row, 0));
        const auto *role = qobject_cast<QComboBox *>(m_participants->cellWidget(row, 1));
        if (!actor || !role || actor->currentText().trimmed().isEmpty())
            continue;
        draft.participants.append(
            {actor->currentText().trimmed(), Event::Role(role->currentData().toInt())});
    }
    return draft;
}

void EventEditDialog::addParticipant(const QString &actorName, Event::Role role)
{
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    auto *actor = new QComboBox(m_participants);
    actor->setEditable(true);
    actor->setInsertPolicy(QComboBox::NoInsert);
    actor->addItems(m_actorNames);
    actor->setCurrentIndex(-1);
    actor->setEditText(actorName);
    auto *roleBox = new QComboBox(m_participants);
    for (Event::Role each : Roles)
        roleBox->addItem(Event::roleName(each), int(each));
    roleBox->setCurrentIndex(std::max(0, roleBox->findData(int(role))));
    m_participants->setCellWidget(row, 0, actor);
    m_participants->setCellWidget(row, 1, roleBox);
    if (actorName.isEmpty())
        actor->setFocus(Qt::OtherFocusReason);
}

void EventEditDialog::removeSelectedParticipants()
{
    QList<int> rows;
    const QModelIndexList selected = m_participants->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_participants->currentRow() >= 0)
        rows << m_participants->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_participants->removeRow(row);
}

void EventEditDialog::accept()
{
    QString error;
    if (m_title->text().trimmed().isEmpty()) {
        error = tr("Give the event a title.");
        m_title->setFocus(Qt::OtherFocusReason);
    } else if (!date(&error)) {
        m_start->setFocus(Qt::OtherFocusReason);
    } else if (!readFigures(nullptr, &error)) {
        // error names the field
    } else if (m_submit && !m_submit(draft(), &error)) {
        // error says why the workspace refused it
    } else {
        m_error->hide();
        QDialog::accept();
        return;
    }
    m_error->setText(error);
    m_error->show();
}

} // namespace Faultline
