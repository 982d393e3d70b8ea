"""Real headless Chromium (Debian's /usr/bin/chromium + chromedriver) driven with Selenium.

Keys go through the browser's own input pipeline (`ActionChains.send_keys` to whatever has the
focus), as a person types: Tab moves the focus, Enter submits.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("EDUCONNECT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("EDUCONNECT_CHROMEDRIVER", "/usr/bin/chromedriver")


def require_chromium() -> None:
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.skip("Chromium et chromedriver sont nécessaires pour ces tests")
    pytest.importorskip("selenium")


@contextmanager
def chromium(width: int = 900, height: int = 1300):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    require_chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--lang=fr-FR",
                f"--window-size={width},{height}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield Browser(driver)
    finally:
        driver.quit()


class Browser:
    def __init__(self, driver) -> None:
        self.driver = driver

    def open(self, url: str) -> None:
        self.driver.get(url)

    def keys(self, *keys: str) -> None:
        """Type into whatever has the focus (text, Keys.TAB, Keys.ENTER)."""
        from selenium.webdriver.common.action_chains import ActionChains

        ActionChains(self.driver).send_keys(*keys).perform()

    def tab(self, times: int = 1) -> None:
        from selenium.webdriver.common.keys import Keys

        for _ in range(times):
            self.keys(Keys.TAB)

    def enter(self) -> None:
        from selenium.webdriver.common.keys import Keys

        self.keys(Keys.ENTER)

    def focused(self) -> str:
        """The id of the focused element ('' for the page itself)."""
        return self.driver.execute_script("return document.activeElement.id || ''")

    def focus_outline(self) -> str:
        """The focused element's outline as computed (the visible focus the stylesheet gives)."""
        return self.driver.execute_script(
            "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth")

    def text(self, css: str = "main") -> str:
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, css).text

    def attribute(self, element_id: str, name: str) -> str | None:
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.ID, element_id).get_attribute(name)

    def wait_for_heading(self, heading: str, timeout: float = 10) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as ec
        from selenium.webdriver.support.ui import WebDriverWait

        from selenium.common.exceptions import TimeoutException

        try:
            WebDriverWait(self.driver, timeout).until(
                _across_navigation(ec.text_to_be_present_in_element((By.TAG_NAME, "h1"), heading)))
        except TimeoutException:
            shown = self.driver.find_element(By.TAG_NAME, "body").text[:500]
            raise AssertionError(f"expected the page {heading!r}, got: {shown!r}") from None

    def wait_for(self, css: str, timeout: float = 10) -> None:
        """Until an element matching `css` is on the page (e.g. the next page after a submit)."""
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as ec
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(self.driver, timeout).until(
            _across_navigation(ec.presence_of_element_located((By.CSS_SELECTOR, css))))

    def wait_for_text(self, css: str, text: str, timeout: float = 10) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as ec
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(self.driver, timeout).until(
            _across_navigation(ec.text_to_be_present_in_element((By.CSS_SELECTOR, css), text)))

    def screenshot_to(self, name: str) -> None:
        """Into $EDUCONNECT_WEB_SCREENSHOTS when set (how docs/screenshots/web-*.png are made)."""
        target = os.environ.get("EDUCONNECT_WEB_SCREENSHOTS")
        if target:
            Path(target).mkdir(parents=True, exist_ok=True)
            self.driver.save_screenshot(str(Path(target) / name))


def _across_navigation(condition):
    """`condition`, read again when the page it looked at was replaced meanwhile (a submit that
    navigates): Chromium then answers that the element no longer belongs to the document, an
    error WebDriverWait does not retry by itself. Any other error still fails the wait."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    def check(driver):
        try:
            return condition(driver)
        except StaleElementReferenceException:
            return False
        except WebDriverException as exc:
            if "does not belong to the document" in (exc.msg or ""):
                return False
            raise

    return check
