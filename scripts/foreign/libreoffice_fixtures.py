"""Workbooks written by LibreOffice Calc (a real client, recalculating every formula): the openpyxl
files saved again as .xlsx (with a custom document property), .xls, .ods, and an .xls with an opening
password (LibreOffice does not encrypt .xlsx this way; the tests build that container with SheetJS's CFB);
the export-like workbook as the .xls a system or WPS hands out (and the same bytes named .et).
Run by scripts/foreign/make.js with Debian's LibreOffice and its Python bridge (python3-uno)."""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

OUT = os.path.abspath(sys.argv[1])
PORT = 2203


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


profile = tempfile.mkdtemp(prefix="lo-profile-")
office = subprocess.Popen(
    ["soffice", "--headless", "--norestore", "--nologo", f"-env:UserInstallation=file://{profile}", f"--accept=socket,host=127.0.0.1,port={PORT};urp;"],
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve(f"uno:socket,host=127.0.0.1,port={PORT};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def load(name):
        doc = desktop.loadComponentFromURL(f"file://{OUT}/{name}", "_blank", 0, (prop("Hidden", True),))
        doc.calculateAll()
        return doc

    def save(doc, name, filter_name, password=None):
        args = [prop("FilterName", filter_name), prop("Overwrite", True)]
        if password:
            args.append(prop("Password", password))
        doc.storeToURL(f"file://{OUT}/{name}", tuple(args))

    doc = load("openpyxl-features.xlsx")
    doc.DocumentProperties.UserDefinedProperties.addProperty("填报单位", 0, "某市妇女联合会")
    save(doc, "libreoffice-features.xlsx", "Calc MS Excel 2007 XML")
    save(doc, "libreoffice-features.xls", "MS Excel 97")
    save(doc, "libreoffice-features.ods", "calc8")
    save(doc, "encrypted.xls", "MS Excel 97", "secret")
    doc.close(True)

    doc = load("export-like.xlsx")
    save(doc, "export-like.xls", "MS Excel 97")
    doc.close(True)
    shutil.copyfile(f"{OUT}/export-like.xls", f"{OUT}/export-like.et")
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        office.wait(timeout=30)
    except Exception:
        office.kill()
    shutil.rmtree(profile, ignore_errors=True)
print("LibreOffice fixtures written")
