# Generated from forms/print_queue.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_PrintQueue(object):
    def setupUi(self, PrintQueue):
        if not PrintQueue.objectName():
            PrintQueue.setObjectName(u"PrintQueue")
        PrintQueue.resize(1100, 680)
        self.layout = QVBoxLayout(PrintQueue)
        self.layout.setObjectName(u"layout")
        self.help = QLabel(PrintQueue)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)

        self.layout.addWidget(self.help)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.refresh = QPushButton(PrintQueue)
        self.refresh.setObjectName(u"refresh")

        self.bar.addWidget(self.refresh)

        self.issueAndPrint = QPushButton(PrintQueue)
        self.issueAndPrint.setObjectName(u"issueAndPrint")

        self.bar.addWidget(self.issueAndPrint)

        self.handOver = QPushButton(PrintQueue)
        self.handOver.setObjectName(u"handOver")

        self.bar.addWidget(self.handOver)

        self.verify = QPushButton(PrintQueue)
        self.verify.setObjectName(u"verify")

        self.bar.addWidget(self.verify)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.barSpacer)

        self.searchLabel = QLabel(PrintQueue)
        self.searchLabel.setObjectName(u"searchLabel")

        self.bar.addWidget(self.searchLabel)

        self.search = QLineEdit(PrintQueue)
        self.search.setObjectName(u"search")
        self.search.setMinimumSize(QSize(300, 0))
        self.search.setClearButtonEnabled(True)

        self.bar.addWidget(self.search)


        self.layout.addLayout(self.bar)

        self.cases = QTableView(PrintQueue)
        self.cases.setObjectName(u"cases")
        self.cases.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.cases.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.cases.setAlternatingRowColors(True)
        self.cases.setSortingEnabled(True)
        self.cases.horizontalHeader().setStretchLastSection(True)
        self.cases.verticalHeader().setVisible(False)

        self.layout.addWidget(self.cases)

        self.progress = QProgressBar(PrintQueue)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)

        self.layout.addWidget(self.progress)

        self.status = QLabel(PrintQueue)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrintQueue)
    # setupUi

    def retranslateUi(self, PrintQueue):
        PrintQueue.setWindowTitle(QCoreApplication.translate("PrintQueue", u"\u53d1\u8bc1\u7a97\u53e3", None))
        self.help.setText(QCoreApplication.translate("PrintQueue", u"\u5df2\u4f5c\u51fa\u51b3\u5b9a\u3001\u7b49\u5f85\u5236\u8bc1\u6216\u51fa\u4ef6\u7684\u529e\u4ef6\u3002\u53ef\u591a\u9009\u540e\u4e00\u6b21\u5236\u53d1\u5e76\u6253\u5370\uff1b\u6253\u5370\u5728\u540e\u53f0\u8fdb\u884c\uff0c\u7a97\u53e3\u53ef\u7167\u5e38\u4f7f\u7528\u3002", None))
        self.refresh.setText(QCoreApplication.translate("PrintQueue", u"\u5237\u65b0", None))
        self.issueAndPrint.setText(QCoreApplication.translate("PrintQueue", u"\u5236\u53d1\u5e76\u6253\u5370\u6240\u9009\uff08Ctrl+P\uff09", None))
#if QT_CONFIG(shortcut)
        self.issueAndPrint.setShortcut(QCoreApplication.translate("PrintQueue", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.handOver.setText(QCoreApplication.translate("PrintQueue", u"\u767b\u8bb0\u51fa\u4ef6\u2026", None))
        self.verify.setText(QCoreApplication.translate("PrintQueue", u"\u6838\u9a8c\u6587\u4e66\u2026", None))
        self.searchLabel.setText(QCoreApplication.translate("PrintQueue", u"\u67e5\u627e\uff1a", None))
        self.search.setPlaceholderText(QCoreApplication.translate("PrintQueue", u"\u53d7\u7406\u7f16\u53f7\u3001\u7533\u8bf7\u4eba\u6216\u6587\u4e66\u7f16\u53f7\uff08Ctrl+F\uff09", None))
    # retranslateUi
