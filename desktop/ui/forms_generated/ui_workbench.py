# Generated from forms/workbench.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_Workbench(object):
    def setupUi(self, Workbench):
        if not Workbench.objectName():
            Workbench.setObjectName(u"Workbench")
        Workbench.resize(1000, 700)
        self.layout = QVBoxLayout(Workbench)
        self.layout.setObjectName(u"layout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.header = QLabel(Workbench)
        self.header.setObjectName(u"header")
        self.header.setStyleSheet(u"font-size: 14pt; font-weight: bold;")
        self.header.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.header.sizePolicy().hasHeightForWidth())
        self.header.setSizePolicy(sizePolicy)

        self.headerRow.addWidget(self.header)

        self.dueBadge = QLabel(Workbench)
        self.dueBadge.setObjectName(u"dueBadge")
        self.dueBadge.setVisible(False)
        self.dueBadge.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerRow.addWidget(self.dueBadge)


        self.layout.addLayout(self.headerRow)

        self.summary = QLabel(Workbench)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.summary)

        self.bannerRow = QHBoxLayout()
        self.bannerRow.setObjectName(u"bannerRow")
        self.banner = QLabel(Workbench)
        self.banner.setObjectName(u"banner")
        self.banner.setVisible(False)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"background: #fff3c4; padding: 6px;")
        sizePolicy.setHeightForWidth(self.banner.sizePolicy().hasHeightForWidth())
        self.banner.setSizePolicy(sizePolicy)

        self.bannerRow.addWidget(self.banner)

        self.reloadButton = QPushButton(Workbench)
        self.reloadButton.setObjectName(u"reloadButton")
        self.reloadButton.setVisible(False)

        self.bannerRow.addWidget(self.reloadButton)


        self.layout.addLayout(self.bannerRow)

        self.urgeBanner = QFrame(Workbench)
        self.urgeBanner.setObjectName(u"urgeBanner")
        self.urgeBanner.setVisible(False)
        self.urgeBanner.setStyleSheet(u"#urgeBanner { background: #fdecea; border: 1px solid #e8a0a0; border-radius: 4px; }")
        self.urgeLayout = QHBoxLayout(self.urgeBanner)
        self.urgeLayout.setObjectName(u"urgeLayout")
        self.urgeTexts = QVBoxLayout()
        self.urgeTexts.setObjectName(u"urgeTexts")
        self.urgeTitle = QLabel(self.urgeBanner)
        self.urgeTitle.setObjectName(u"urgeTitle")
        self.urgeTitle.setStyleSheet(u"color: #b00020; font-weight: bold;")
        self.urgeTitle.setWordWrap(True)

        self.urgeTexts.addWidget(self.urgeTitle)

        self.urgeText = QLabel(self.urgeBanner)
        self.urgeText.setObjectName(u"urgeText")
        self.urgeText.setTextFormat(Qt.PlainText)
        self.urgeText.setWordWrap(True)
        self.urgeText.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.urgeTexts.addWidget(self.urgeText)


        self.urgeLayout.addLayout(self.urgeTexts)

        self.acknowledgeButton = QPushButton(self.urgeBanner)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")

        self.urgeLayout.addWidget(self.acknowledgeButton)

        self.urgeLayout.setStretch(0, 1)

        self.layout.addWidget(self.urgeBanner)

        self.tabs = QTabWidget(Workbench)
        self.tabs.setObjectName(u"tabs")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy1)
        self.materialsTab = QWidget()
        self.materialsTab.setObjectName(u"materialsTab")
        self.materialsLayout = QVBoxLayout(self.materialsTab)
        self.materialsLayout.setObjectName(u"materialsLayout")
        self.materialsView = QTableView(self.materialsTab)
        self.materialsView.setObjectName(u"materialsView")
        self.materialsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.materialsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.materialsView.setAlternatingRowColors(True)
        self.materialsView.horizontalHeader().setStretchLastSection(True)
        self.materialsView.verticalHeader().setVisible(False)

        self.materialsLayout.addWidget(self.materialsView)

        self.tabs.addTab(self.materialsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QTableView(self.historyTab)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.horizontalHeader().setStretchLastSection(True)
        self.historyView.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyView)

        self.tabs.addTab(self.historyTab, "")
        self.dueTab = QWidget()
        self.dueTab.setObjectName(u"dueTab")
        self.dueLayout = QVBoxLayout(self.dueTab)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueText = QPlainTextEdit(self.dueTab)
        self.dueText.setObjectName(u"dueText")
        self.dueText.setReadOnly(True)

        self.dueLayout.addWidget(self.dueText)

        self.tabs.addTab(self.dueTab, "")
        self.opinionsTab = QWidget()
        self.opinionsTab.setObjectName(u"opinionsTab")
        self.opinionsLayout = QVBoxLayout(self.opinionsTab)
        self.opinionsLayout.setObjectName(u"opinionsLayout")
        self.opinionsView = QTableView(self.opinionsTab)
        self.opinionsView.setObjectName(u"opinionsView")
        self.opinionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.opinionsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.opinionsView.setAlternatingRowColors(True)
        self.opinionsView.horizontalHeader().setStretchLastSection(True)
        self.opinionsView.verticalHeader().setVisible(False)

        self.opinionsLayout.addWidget(self.opinionsView)

        self.tabs.addTab(self.opinionsTab, "")
        self.inspectionsTab = QWidget()
        self.inspectionsTab.setObjectName(u"inspectionsTab")
        self.inspectionsLayout = QVBoxLayout(self.inspectionsTab)
        self.inspectionsLayout.setObjectName(u"inspectionsLayout")
        self.inspectionsView = QTableView(self.inspectionsTab)
        self.inspectionsView.setObjectName(u"inspectionsView")
        self.inspectionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.inspectionsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.inspectionsView.setAlternatingRowColors(True)
        self.inspectionsView.horizontalHeader().setStretchLastSection(True)
        self.inspectionsView.verticalHeader().setVisible(False)

        self.inspectionsLayout.addWidget(self.inspectionsView)

        self.tabs.addTab(self.inspectionsTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsLayout = QVBoxLayout(self.documentsTab)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsView = QTableView(self.documentsTab)
        self.documentsView.setObjectName(u"documentsView")
        self.documentsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.documentsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.documentsView.setAlternatingRowColors(True)
        self.documentsView.horizontalHeader().setStretchLastSection(True)
        self.documentsView.verticalHeader().setVisible(False)

        self.documentsLayout.addWidget(self.documentsView)

        self.tabs.addTab(self.documentsTab, "")

        self.layout.addWidget(self.tabs)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")

        self.layout.addLayout(self.actionsRow)


        self.retranslateUi(Workbench)
    # setupUi

    def retranslateUi(self, Workbench):
        Workbench.setWindowTitle(QCoreApplication.translate("Workbench", u"\u529e\u4ef6", None))
        self.header.setText(QCoreApplication.translate("Workbench", u"\u6b63\u5728\u52a0\u8f7d\u2026\u2026", None))
        self.reloadButton.setText(QCoreApplication.translate("Workbench", u"\u91cd\u65b0\u52a0\u8f7d", None))
        self.acknowledgeButton.setText(QCoreApplication.translate("Workbench", u"\u786e\u8ba4\u6536\u5230\uff08Ctrl+Shift+O\uff09", None))
#if QT_CONFIG(tooltip)
        self.acknowledgeButton.setToolTip(QCoreApplication.translate("Workbench", u"\u544a\u77e5\u7763\u529e\u4eba\u5458\u60a8\u5df2\u770b\u5230\u8fd9\u6761\u7763\u529e\u901a\u77e5", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.acknowledgeButton.setShortcut(QCoreApplication.translate("Workbench", u"Ctrl+Shift+O", None))
#endif // QT_CONFIG(shortcut)
        self.tabs.setTabText(self.tabs.indexOf(self.materialsTab), QCoreApplication.translate("Workbench", u"\u6750\u6599\uff08\u53cc\u51fb\u5207\u6362\u5df2\u6536/\u7f3a\u5c11\uff09", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("Workbench", u"\u529e\u7406\u8bb0\u5f55", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dueTab), QCoreApplication.translate("Workbench", u"\u671f\u9650\u8bf4\u660e", None))
        self.tabs.setTabText(self.tabs.indexOf(self.opinionsTab), QCoreApplication.translate("Workbench", u"\u5ba1\u6279\u610f\u89c1", None))
        self.tabs.setTabText(self.tabs.indexOf(self.inspectionsTab), QCoreApplication.translate("Workbench", u"\u73b0\u573a\u8e0f\u52d8", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("Workbench", u"\u6587\u4e66", None))
    # retranslateUi
