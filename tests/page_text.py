"""Hand-written running text for the page tests: paragraphs of an invented article."""

PARAGRAPH = (
    "The council said on Monday that the old ferry would stop running at the end of the"
    " month, and that the people who use it every day would have to find another way"
    " across the river until a new boat is ready in the spring."
)
SECOND = (
    "Many of those who spoke at the meeting said that they had not been told about the"
    " plan, and that it would be hard for them to get to work on time when the bus is"
    " the only way to reach the town from the villages on the far side."
)
