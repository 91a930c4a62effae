"""Same-day (walk-in) bookings and the wait list."""

from desk_app.gui.booking.view import BookingView

__all__ = ["BookingView"]
