# Generated from forms/main_window.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QSizePolicy, QSplitter,
    QStatusBar, QTableView, QToolBar, QTreeView,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.refreshAction = QAction(MainWindow)
        self.refreshAction.setObjectName(u"refreshAction")
        self.findAction = QAction(MainWindow)
        self.findAction.setObjectName(u"findAction")
        self.saveFilterAction = QAction(MainWindow)
        self.saveFilterAction.setObjectName(u"saveFilterAction")
        self.removeFilterAction = QAction(MainWindow)
        self.removeFilterAction.setObjectName(u"removeFilterAction")
        self.removeFilterAction.setShortcutContext(Qt.WidgetShortcut)
        self.coordinatorAction = QAction(MainWindow)
        self.coordinatorAction.setObjectName(u"coordinatorAction")
        self.adminAction = QAction(MainWindow)
        self.adminAction.setObjectName(u"adminAction")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(4, 4, 4, 0)
        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tree = QTreeView(self.splitter)
        self.tree.setObjectName(u"tree")
        self.tree.setMinimumSize(QSize(200, 0))
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.splitter.addWidget(self.tree)
        self.queuePane = QWidget(self.splitter)
        self.queuePane.setObjectName(u"queuePane")
        self.queueLayout = QVBoxLayout(self.queuePane)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.queuePane)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.queueLayout.addWidget(self.title)

        self.search = QLineEdit(self.queuePane)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.queueLayout.addWidget(self.search)

        self.banner = QLabel(self.queuePane)
        self.banner.setObjectName(u"banner")
        self.banner.setVisible(False)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"background: #fdecea; color: #b00020; padding: 6px;")

        self.queueLayout.addWidget(self.banner)

        self.notice = QLabel(self.queuePane)
        self.notice.setObjectName(u"notice")
        self.notice.setVisible(False)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(u"background: #fff3c4; padding: 6px;")

        self.queueLayout.addWidget(self.notice)

        self.table = QTableView(self.queuePane)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.queueLayout.addWidget(self.table)

        self.splitter.addWidget(self.queuePane)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.central)
        self.toolbar = QToolBar(MainWindow)
        self.toolbar.setObjectName(u"toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.toolbar.addAction(self.refreshAction)
        self.toolbar.addAction(self.findAction)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.saveFilterAction)
        self.toolbar.addAction(self.removeFilterAction)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.coordinatorAction)
        self.toolbar.addAction(self.adminAction)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u5ba1\u6279\u5de5\u4f5c\u53f0", None))
        self.refreshAction.setText(QCoreApplication.translate("MainWindow", u"\u5237\u65b0", None))
#if QT_CONFIG(tooltip)
        self.refreshAction.setToolTip(QCoreApplication.translate("MainWindow", u"\u91cd\u65b0\u8bfb\u53d6\u529e\u4ef6\u548c\u8ba1\u6570\uff08F5\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.refreshAction.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.findAction.setText(QCoreApplication.translate("MainWindow", u"\u641c\u7d22", None))
#if QT_CONFIG(tooltip)
        self.findAction.setToolTip(QCoreApplication.translate("MainWindow", u"\u6309\u7f16\u53f7\u3001\u7533\u8bf7\u4eba\u6216\u8bc1\u4ef6\u53f7\u641c\u7d22\uff08Ctrl+F\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.findAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.saveFilterAction.setText(QCoreApplication.translate("MainWindow", u"\u4fdd\u5b58\u7b5b\u9009", None))
#if QT_CONFIG(tooltip)
        self.saveFilterAction.setToolTip(QCoreApplication.translate("MainWindow", u"\u628a\u5f53\u524d\u89c6\u56fe\u3001\u641c\u7d22\u548c\u6392\u5e8f\u5b58\u4e3a\u201c\u6211\u7684\u7b5b\u9009\u201d\uff08Ctrl+S\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.saveFilterAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.removeFilterAction.setText(QCoreApplication.translate("MainWindow", u"\u5220\u9664\u7b5b\u9009", None))
#if QT_CONFIG(tooltip)
        self.removeFilterAction.setToolTip(QCoreApplication.translate("MainWindow", u"\u5220\u9664\u5de6\u4fa7\u9009\u4e2d\u7684\u201c\u6211\u7684\u7b5b\u9009\u201d\uff08Delete\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.removeFilterAction.setShortcut(QCoreApplication.translate("MainWindow", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.coordinatorAction.setText(QCoreApplication.translate("MainWindow", u"\u8e0f\u52d8\u534f\u8c03", None))
#if QT_CONFIG(tooltip)
        self.coordinatorAction.setToolTip(QCoreApplication.translate("MainWindow", u"\u8e0f\u52d8\u65e5\u5386\u3001\u5f85\u5b89\u6392\u7533\u8bf7\u3001\u62bd\u53d6\u4e0e\u8c03\u6574\uff08Ctrl+Shift+T\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.coordinatorAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+T", None))
#endif // QT_CONFIG(shortcut)
        self.adminAction.setText(QCoreApplication.translate("MainWindow", u"\u7cfb\u7edf\u7ba1\u7406", None))
#if QT_CONFIG(tooltip)
        self.adminAction.setToolTip(QCoreApplication.translate("MainWindow", u"\u4e8b\u9879\u76ee\u5f55\u3001\u8282\u5047\u65e5\u3001\u5355\u4f4d\u4fe1\u606f\u3001\u524d\u53f0\u53d7\u7406\u5bfc\u5165\uff08Ctrl+Shift+M\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.adminAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+M", None))
#endif // QT_CONFIG(shortcut)
        self.search.setPlaceholderText(QCoreApplication.translate("MainWindow", u"\u641c\u7d22\uff1a\u53d7\u7406\u7f16\u53f7\u3001\u7533\u8bf7\u4eba\u540d\u79f0\u3001\u8eab\u4efd\u8bc1\u53f7\u7801\u6216\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\uff08Ctrl+F\uff09", None))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u64cd\u4f5c", None))
    # retranslateUi
