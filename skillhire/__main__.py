"""``python -m skillhire``: the same as the ``skillhire`` command."""

from skillhire.cli import main

if __name__ == "__main__":
    main()
