#include "core/ingest/document.h"
#include "core/ingest/documentreader.h"
#include "core/interchange/dataimporter.h"
#include "core/store/workspace.h"
#include "tests/reliability/reliabilitycli.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;
using namespace Faultline::Testing;

// Every file of the bad-input corpus (tests/data/bad, plus the large ones made
// at test time) through every reader and through `faultline import`: a clear
// one-line message or a sane document, never a crash or a hang (the CTest
// TIMEOUT bounds the time, an address-space limit the CLI's memory), and a
// workspace left byte for byte as it was when the import fails.
namespace {

enum class Outcome {
    Refused,  // the reader and the CLI refuse it with a message naming the reason
    Imported, // read as an article
    Either,   // not an article format: either is sane, a crash or a hang is not
};

struct Case
{
    QString name;
    Outcome outcome;
    QString detail; // Refused: part of the message; Imported: a phrase of the text
    QString absent; // Imported: a phrase that must not be in the text
};

const QList<Case> &corpusCases()
{
    static const QList<Case> cases = {
        {"empty.txt", Outcome::Refused, "is empty", {}},
        {"whitespace-only.txt", Outcome::Refused, "is empty", {}},
        {"bom-only.txt", Outcome::Refused, "is empty", {}},
        {"random-bytes.txt", Outcome::Refused, "is not a text", {}},
        {"png-named-txt.txt", Outcome::Refused, "is not a text", {}},
        {"nul-bytes.txt", Outcome::Refused, "is not a text", {}},
        {"control-characters.txt", Outcome::Refused, "is not a text", {}},
        {"truncated-utf8.txt", Outcome::Imported, "Taliban negotiators", {}},
        {"invalid-utf8.txt", Outcome::Imported, "Taliban negotiators", {}},
        {"truncated-utf16le.txt", Outcome::Imported, "Taliban negotiators", {}},
        {"truncated-utf16be.txt", Outcome::Imported, "Taliban negotiators", {}},
        {"utf16-lone-surrogate.txt", Outcome::Imported, "Taliban negotiators", {}},
        {"one-huge-line.txt", Outcome::Imported, "shelled the village", {}},
        {"not-a-pdf.pdf", Outcome::Refused, "PDF", {}},
        {"pdf-header-garbage.pdf", Outcome::Refused, "PDF", {}},
        {"pdf-truncated-xref.pdf", Outcome::Either, {}, {}},
        {"html-scripts-remote-images.html",
         Outcome::Imported,
         "Aid convoys reached",
         "Injected paragraph"},
        {"html-unclosed.html", Outcome::Imported, "Rebels seized the airport", {}},
        {"html-only-markup.html", Outcome::Refused, "no article text", {}},
        {"html-bad-charset.html", Outcome::Imported, "attacked the convoy", {}},
        {"html-entities.html", Outcome::Imported, "Troops withdrew", {}},
        {"markdown-unterminated-front-matter.md", Outcome::Imported, "attacked the base", {}},
        {"markdown-nesting.md", Outcome::Imported, "retook the town", {}},
        {"csv-unbalanced-quotes.csv", Outcome::Either, {}, {}},
        {"csv-wrong-delimiter.csv", Outcome::Either, {}, {}},
        {"csv-mixed-line-ends.csv", Outcome::Either, {}, {}},
        {"json-truncated.json", Outcome::Either, {}, {}},
        {"json-wrong-types.json", Outcome::Either, {}, {}},
        {"json-not-json.json", Outcome::Either, {}, {}},
    };
    return cases;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

// A name of many capitalised words: "Abukar Domeli Santuvo ...".
QString capitalisedName(int length)
{
    const QStringList words = {QStringLiteral("Abukar"),
                               QStringLiteral("Domeli"),
                               QStringLiteral("Santuvo"),
                               QStringLiteral("Kerimba")};
    QString name;
    name.reserve(length + 8);
    for (int i = 0; name.size() < length; ++i)
        name += words.at(i % words.size()) + u' ';
    name.truncate(length);
    return name.trimmed();
}

// A failure message is one short sentence for one line of stderr.
void verifyMessage(const QString &message)
{
    QVERIFY2(!message.trimmed().isEmpty(), "a refusal without a message");
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY2(message.size() < 600, qPrintable(message.left(600)));
}

void verifyDocument(const Document &document)
{
    QVERIFY(!document.text.trimmed().isEmpty());
    qsizetype previousEnd = 0;
    for (const TextBlock &block : document.blocks) {
        QVERIFY2(block.begin >= previousEnd && block.begin <= block.end
                     && block.end <= document.text.size(),
                 qPrintable(QStringLiteral("block %1..%2 in a text of %3")
                                .arg(block.begin)
                                .arg(block.end)
                                .arg(document.text.size())));
        previousEnd = block.end;
    }
    QVERIFY(!document.title.contains(u'\0'));
}

int articleCount(const QString &workspace)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("badinput.count"));
        db.setDatabaseName(workspace);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("badinput.count"));
    return count;
}

} // namespace

class tst_BadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCorpusFileHasAnExpectation();
    void readers_data();
    void readers();
    void cliImport_data();
    void cliImport();
    void dataImporter_data();
    void dataImporter();

private:
    void addRows();
    QString pathOf(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_corpus;
    QList<Case> m_generated;
    QString m_template; // a workspace holding one article
};

void tst_BadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_corpus = QStringLiteral(FAULTLINE_TEST_DATA_DIR "/bad");
    QVERIFY(QFileInfo(m_corpus).isDir());
    const QString generated = m_dir.filePath(QStringLiteral("generated"));
    QVERIFY(QDir().mkpath(generated));
    auto add = [&](const QString &name, const QByteArray &bytes, const Case &expected) {
        QVERIFY2(writeFile(generated + u'/' + name, bytes), qPrintable(name));
        m_generated.append(expected);
    };
    const QByteArray sentence = "The rebels attacked the garrison at Kidal on 3 March 2021.";

    // 200 MB of real text, written in chunks: larger than any article.
    {
        QFile file(generated + QStringLiteral("/huge-200mb.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk;
        while (chunk.size() < 1024 * 1024)
            chunk += sentence + ' ';
        chunk.truncate(1024 * 1024);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(file.write(chunk), chunk.size());
        m_generated.append({"huge-200mb.txt", Outcome::Refused, "too large", {}});
    }
    add("deep-100000.html",
        "<html><body>" + QByteArray("<div>").repeated(100000) + "<p>" + sentence + "</p>"
            + QByteArray("</div>").repeated(100000) + "</body></html>",
        {"deep-100000.html", Outcome::Imported, "attacked the garrison", {}});
    add("deep-100000-unclosed.html",
        "<html><body><p>" + sentence + "</p>" + QByteArray("<b><i><span>").repeated(33334),
        {"deep-100000-unclosed.html", Outcome::Imported, "attacked the garrison", {}});
    add("deep-100000.md",
        QByteArray(">").repeated(100000) + " quote\n\n" + QByteArray("- ").repeated(100000) + "\n\n"
            + sentence + "\n",
        {"deep-100000.md", Outcome::Imported, "attacked the garrison", {}});
    const QString longName = capitalisedName(100000);
    add("name-100000.txt",
        (QStringLiteral("General ") + longName + QStringLiteral(" said the army of ") + longName
         + QStringLiteral(" attacked Kidal on 3 March 2021.\n"))
            .toUtf8(),
        {"name-100000.txt", Outcome::Imported, "attacked Kidal", {}});
    add("title-100000.md",
        ("# " + QByteArray("Ceasefire ").repeated(10000) + "\n\n" + sentence + "\n"),
        {"title-100000.md", Outcome::Imported, "attacked the garrison", {}});
    add("word-100000.txt",
        QByteArray("Z").repeated(100000) + " " + sentence,
        {"word-100000.txt", Outcome::Imported, "attacked the garrison", {}});
    {
        QByteArray header = "date";
        QByteArray row = "2020-01-02";
        for (int i = 1; i < 10000; ++i) {
            header += ",column" + QByteArray::number(i);
            row += ",Actor " + QByteArray::number(i);
        }
        add("csv-10000-columns.csv",
            header + '\n' + row + '\n',
            {"csv-10000-columns.csv", Outcome::Either, {}, {}});
    }
    add("csv-1mb-field.csv",
        "date,actor1,notes\n2020-01-02,Taliban,\"" + QByteArray("x\"\"y, ").repeated(200000)
            + "\"\n",
        {"csv-1mb-field.csv", Outcome::Either, {}, {}});
    add("json-deep-100000.json",
        QByteArray("[").repeated(100000) + QByteArray("]").repeated(100000),
        {"json-deep-100000.json", Outcome::Either, {}, {}});
    add("json-name-100000.json",
        "[{\"title\":\"Talks\",\"start\":\"2020-09-12\",\"actors\":[{\"name\":\""
            + longName.toUtf8() + "\"}]}]",
        {"json-name-100000.json", Outcome::Either, {}, {}});

    // The workspace every CLI row starts from: one article already in it.
    m_template = m_dir.filePath(QStringLiteral("template.faultline"));
    const QString article = m_dir.filePath(QStringLiteral("known.txt"));
    QVERIFY(writeFile(article, "Troops shelled the border town of Kidal on 2 May 2019.\n"));
    const LimitedRun run = runFaultlineLimited({QStringLiteral("import"),
                                                QStringLiteral("--db"),
                                                m_template,
                                                article},
                                               60000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(articleCount(m_template), 1);
}

QString tst_BadInput::pathOf(const QString &name) const
{
    const QString checkedIn = m_corpus + u'/' + name;
    if (QFileInfo::exists(checkedIn))
        return checkedIn;
    return m_dir.filePath(QStringLiteral("generated/") + name);
}

void tst_BadInput::everyCorpusFileHasAnExpectation()
{
    const QStringList files = QDir(m_corpus).entryList(QDir::Files);
    QVERIFY(files.size() >= 25);
    for (const QString &file : files) {
        const bool listed = std::any_of(corpusCases().begin(),
                                        corpusCases().end(),
                                        [&](const Case &c) { return c.name == file; });
        QVERIFY2(listed, qPrintable(file + QStringLiteral(" has no expected outcome")));
    }
}

void tst_BadInput::addRows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("absent");
    for (const Case &c : corpusCases() + m_generated)
        QTest::newRow(qPrintable(c.name)) << c.name << int(c.outcome) << c.detail << c.absent;
}

void tst_BadInput::readers_data()
{
    addRows();
}

void tst_BadInput::readers()
{
    QFETCH(QString, name);
    QFETCH(int, outcome);
    QFETCH(QString, detail);
    QFETCH(QString, absent);
    const QString path = pathOf(name);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    QString error;
    const std::optional<Document> document = DocumentReader::readFile(path, &error);
    switch (Outcome(outcome)) {
    case Outcome::Refused:
        QVERIFY2(!document, qPrintable(document ? document->text.left(200) : QString()));
        verifyMessage(error);
        QVERIFY2(error.contains(detail), qPrintable(error));
        break;
    case Outcome::Imported:
        QVERIFY2(document, qPrintable(error));
        verifyDocument(*document);
        QVERIFY2(document->text.contains(detail), qPrintable(document->text.left(300)));
        if (!absent.isEmpty())
            QVERIFY(!document->text.contains(absent) && !document->title.contains(absent));
        break;
    case Outcome::Either:
        if (document)
            verifyDocument(*document);
        else
            verifyMessage(error);
        break;
    }

    // The same bytes through each reader, whatever their name says.
    const QByteArray bytes = readAll(path);
    for (const QString &as : {QStringLiteral("as.txt"),
                              QStringLiteral("as.md"),
                              QStringLiteral("as.html"),
                              QStringLiteral("as.pdf"),
                              QStringLiteral("text/plain")}) {
        QString readerError;
        const std::optional<Document> read = DocumentReader::readData(bytes, as, &readerError);
        if (read)
            verifyDocument(*read);
        else
            verifyMessage(readerError);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("read as %1").arg(as)));
    }
}

void tst_BadInput::cliImport_data()
{
    addRows();
}

void tst_BadInput::cliImport()
{
    QFETCH(QString, name);
    QFETCH(int, outcome);
    QFETCH(QString, detail);
    const QString path = pathOf(name);
    const QString workspace = m_dir.filePath(QStringLiteral("ws-%1.faultline").arg(name));
    QFile::remove(workspace);
    QVERIFY(QFile::copy(m_template, workspace));
    const QByteArray before = sha256(workspace);

    // 2 GB of address space is far more than one article needs.
    const LimitedRun run = runFaultlineLimited({QStringLiteral("import"),
                                                QStringLiteral("--db"),
                                                workspace,
                                                QStringLiteral("--published"),
                                                QStringLiteral("2021-03-05"),
                                                path},
                                               240000,
                                               qint64(2) * 1024 * 1024 * 1024);
    QVERIFY2(!run.timedOut, "faultline import did not finish");
    QVERIFY2(!run.crashed, run.err.constData());
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    if (run.exitCode == 1) {
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(name.toUtf8()), lines.first().constData());
        QVERIFY2(QFileInfo::exists(workspace), "the failed import removed the workspace");
        QCOMPARE(sha256(workspace), before);
        QVERIFY(!QFileInfo::exists(workspace + QStringLiteral("-wal"))
                || QFileInfo(workspace + QStringLiteral("-wal")).size() == 0);
    } else {
        QVERIFY2(run.out.contains(QFileInfo(path).fileName().toUtf8()), run.out.constData());
        QCOMPARE(articleCount(workspace), 2);
    }
    switch (Outcome(outcome)) {
    case Outcome::Refused:
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(detail.toUtf8()), run.err.constData());
        break;
    case Outcome::Imported:
        QVERIFY2(run.exitCode == 0, run.err.constData());
        break;
    case Outcome::Either:
        break;
    }
}

void tst_BadInput::dataImporter_data()
{
    QTest::addColumn<QString>("name");
    for (const Case &c : corpusCases() + m_generated) {
        if (DataImporter::isDataFile(c.name))
            QTest::newRow(qPrintable(c.name)) << c.name;
    }
}

// The structured-data importer (ACLED, UCDP, GDELT, TimelineJS, generic CSV)
// on the same files: a clear refusal or some rows, and a refused file writes
// nothing.
void tst_BadInput::dataImporter()
{
    QFETCH(QString, name);
    const QString path = pathOf(name);
    const QString copy = m_dir.filePath(QStringLiteral("data-%1.faultline").arg(name));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_template, copy));
    int eventsBefore = -1;
    {
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(copy, Workspace::OpenMode::ReadWrite, &error), qPrintable(error));
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM events")) && query.next());
        eventsBefore = query.value(0).toInt();
        query = QSqlQuery();

        DataImporter importer(workspace);
        DataImporter::Summary summary;
        const bool imported = importer.importFile(path, {}, &summary, &error);
        if (!imported) {
            verifyMessage(error);
            QVERIFY(summary.eventsAdded == 0 || summary.refused || summary.cancelled);
        }
        QSqlQuery after(workspace.database());
        QVERIFY(after.exec(QStringLiteral("SELECT count(*) FROM events")) && after.next());
        if (imported)
            QCOMPARE(after.value(0).toInt(), eventsBefore + int(summary.eventsAdded));
        else
            QCOMPARE(after.value(0).toInt(), eventsBefore);
        QCOMPARE(articleCount(copy), imported ? 1 + summary.articlesAdded : 1);
    }
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
