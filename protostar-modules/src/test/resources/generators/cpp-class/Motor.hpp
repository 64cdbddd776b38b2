#pragma once

// Motor: say in one sentence what this class is responsible for.
class Motor {
public:
    Motor();
    ~Motor();

    Motor(const Motor&) = default;
    Motor& operator=(const Motor&) = default;
    Motor(Motor&&) noexcept = default;
    Motor& operator=(Motor&&) noexcept = default;

private:
    // Data members go here.
};
