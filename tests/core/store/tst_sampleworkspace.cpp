#include "core/store/articlerepository.h"
#include "core/store/eventrepository.h"
#include "core/store/sampleworkspace.h"
#include "core/store/workspace.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Faultline;

class tst_SampleWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void populatesTheStoryOfTheSampleArticle();
};

void tst_SampleWorkspace::populatesTheStoryOfTheSampleArticle()
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    QVERIFY(workspace.open(dir.filePath(QStringLiteral("sample.faultline")),
                           Workspace::OpenMode::ReadWrite,
                           &error));
    QVERIFY2(SampleWorkspace::populate(workspace, &error), qPrintable(error));
    QCOMPARE(ArticleRepository(workspace).count(), 1);

    // The milestones the sample tells: 2015 talks, 2018 release, the February
    // 2020 deal, the Doha talks of 12 September 2020.
    QSet<QString> starts;
    for (const Event &event : EventRepository(workspace).query())
        starts.insert(event.date.startIso());
    for (const QString &expected : {QStringLiteral("2015-07"),
                                    QStringLiteral("2018-10"),
                                    QStringLiteral("2020-02-29"),
                                    QStringLiteral("2020-09-12")})
        QVERIFY2(starts.contains(expected), qPrintable(QStringList(starts.values()).join(u' ')));

    // Populating twice does not duplicate the article.
    QVERIFY(SampleWorkspace::populate(workspace, &error));
    QCOMPARE(ArticleRepository(workspace).count(), 1);
}

QTEST_GUILESS_MAIN(tst_SampleWorkspace)
#include "tst_sampleworkspace.moc"
