// Echo 4: the broken order through Bind and the go-playground validator as Echo's documentation
// wires it (`echo.NewHTTPError(400, err.Error())`), a value of the wrong JSON type, echo.ErrUnauthorized
// and ErrForbidden, the unknown-route 404, Recover's 500 and the RateLimiter middleware's 429.
package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"

	"github.com/go-playground/validator/v10"
	"github.com/labstack/echo"
	"github.com/labstack/echo/middleware"
)

type Address struct {
	Street string `json:"street" validate:"required"`
	City   string `json:"city" validate:"required"`
}

type Item struct {
	Sku string `json:"sku" validate:"required"`
	Qty int    `json:"qty" validate:"min=1"`
}

type Order struct {
	Email   string  `json:"email" validate:"required,email"`
	Address Address `json:"address" validate:"required"`
	Items   []Item  `json:"items" validate:"required,dive"`
}

type orderValidator struct{ validator *validator.Validate }

func (v *orderValidator) Validate(i interface{}) error {
	if err := v.validator.Struct(i); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return nil
}

func main() {
	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	e.Validator = &orderValidator{validator: validator.New()}
	e.Use(middleware.Recover())

	e.POST("/orders", func(c echo.Context) error {
		order := new(Order)
		if err := c.Bind(order); err != nil {
			return err
		}
		if err := c.Validate(order); err != nil {
			return err
		}
		return c.NoContent(http.StatusCreated)
	})
	e.GET("/me", func(c echo.Context) error { return echo.ErrUnauthorized })
	e.GET("/admin", func(c echo.Context) error { return echo.ErrForbidden })
	e.GET("/crash", func(c echo.Context) error { panic("boom") })
	// One request a minute (a burst of one) per client.
	limiter := middleware.RateLimiter(middleware.NewRateLimiterMemoryStoreWithConfig(
		middleware.RateLimiterMemoryStoreConfig{Rate: 1.0 / 60, Burst: 1},
	))
	e.GET("/limited", func(c echo.Context) error { return c.JSON(http.StatusOK, []int{}) }, limiter)

	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	e.Listener = listener
	line, _ := json.Marshal(map[string]interface{}{
		"port":    listener.Addr().(*net.TCPAddr).Port,
		"version": "echo " + echo.Version,
	})
	fmt.Printf("READY %s\n", line)
	panic(e.Start(""))
}
