"""Login, then the first-login steps still owed, then the person's home."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..services.session import Session, Step


class LoginPage:
    LOGIN = "login"
    CHARTER = Step.CHARTER
    PASSWORD = Step.PASSWORD
    CHILDREN = Step.CHILDREN
    LINKS_REVIEW = Step.LINKS_REVIEW
    EMAIL = Step.EMAIL
    EMAIL_CONFIRMATION = Step.EMAIL_CONFIRMATION
    HOME = "home"
    ALL = (LOGIN, CHARTER, PASSWORD, CHILDREN, LINKS_REVIEW, EMAIL, EMAIL_CONFIRMATION, HOME)


@dataclass
class LoginFlow:
    session: Session | None = None
    postponed: set[str] = field(default_factory=set)

    def logged_in(self, session: Session) -> None:
        self.session = session
        self.postponed.clear()

    def step_done(self, session: Session) -> None:
        self.session = session

    def postpone(self, step: str) -> None:
        """Only e-mail steps may wait for a later login."""
        if step in Step.REQUIRED:
            raise ValueError(f"step {step} cannot be postponed")
        self.postponed.add(step)

    def next_page(self, current: str | None = None) -> str:
        if self.session is None:
            return LoginPage.LOGIN
        for step in Step.ORDER:
            if step in self.session.pending_steps and step not in self.postponed:
                return step
        return LoginPage.HOME

    def can_postpone(self, page: str) -> bool:
        return page in (Step.EMAIL, Step.EMAIL_CONFIRMATION)
