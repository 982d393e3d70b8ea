import traceback, threading
from PySide6.QtCore import qInstallMessageHandler
from test_secretariat_views import SIECLE, import_dialog, click, finish, run, staff, keep  # noqa

def test_debug(qtbot, loop, desk, staff, keep, tmp_path):
    seen = []
    def handler(mode, ctx, msg):
        if "QBasicTimer" in msg and len(seen) < 2:
            seen.append("".join(traceback.format_stack()) + threading.current_thread().name)
    async def scenario():
        qInstallMessageHandler(handler)
        dialog = import_dialog(desk, staff, keep, SIECLE, tmp_path)
        click(qtbot, dialog.files_page.add_button)
        print("A"); await finish(dialog, lambda: click(qtbot, dialog.analyse_button))
        print("B", len(seen)); await finish(dialog, lambda: click(qtbot, dialog.import_button))
        print("C", len(seen)); await finish(dialog, lambda: click(qtbot, dialog.print_button))
        print("D", len(seen))
    run(loop, scenario)
    print("\n=====\n".join(seen))
    qInstallMessageHandler(None)
